/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The mission file (.eccmission).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getName <em>Name</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getDeparture <em>Departure</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getReturnDate <em>Return Date</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getTemplateFolder <em>Template Folder</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getTeam <em>Team</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getConsoles <em>Consoles</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getRules <em>Rules</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getCases <em>Cases</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getInventory <em>Inventory</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.Mission#getEmergency <em>Emergency</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getMission()
 * @model
 * @generated
 */
public interface Mission extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hospital and city of the mission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see #setDestination(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Destination()
	 * @model
	 * @generated
	 */
	String getDestination();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getDestination <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' attribute.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(String value);

	/**
	 * Returns the value of the '<em><b>Departure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day the team leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Departure</em>' attribute.
	 * @see #setDeparture(LocalDate)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Departure()
	 * @model dataType="org.eccworkbench.kit.mission.Date"
	 * @generated
	 */
	LocalDate getDeparture();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getDeparture <em>Departure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departure</em>' attribute.
	 * @see #getDeparture()
	 * @generated
	 */
	void setDeparture(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Return Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day the team comes back; an item expiring before it is not counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Return Date</em>' attribute.
	 * @see #setReturnDate(LocalDate)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_ReturnDate()
	 * @model dataType="org.eccworkbench.kit.mission.Date"
	 * @generated
	 */
	LocalDate getReturnDate();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getReturnDate <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Date</em>' attribute.
	 * @see #getReturnDate()
	 * @generated
	 */
	void setReturnDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .eccmission format the file was written with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Template Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder of the circuit templates (.ecc), relative to the mission file; empty for the templates shipped with the product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Folder</em>' attribute.
	 * @see #setTemplateFolder(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_TemplateFolder()
	 * @model
	 * @generated
	 */
	String getTemplateFolder();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getTemplateFolder <em>Template Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Folder</em>' attribute.
	 * @see #getTemplateFolder()
	 * @generated
	 */
	void setTemplateFolder(String value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.TeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Team()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeamMember> getTeam();

	/**
	 * Returns the value of the '<em><b>Consoles</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.SiteConsole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heart-lung machine consoles available on site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consoles</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Consoles()
	 * @model containment="true"
	 * @generated
	 */
	EList<SiteConsole> getConsoles();

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transport</em>' containment reference.
	 * @see #setTransport(TransportLimits)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Transport()
	 * @model containment="true"
	 * @generated
	 */
	TransportLimits getTransport();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getTransport <em>Transport</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' containment reference.
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(TransportLimits value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference.
	 * @see #setRules(PlanningRules)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Rules()
	 * @model containment="true"
	 * @generated
	 */
	PlanningRules getRules();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.Mission#getRules <em>Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rules</em>' containment reference.
	 * @see #getRules()
	 * @generated
	 */
	void setRules(PlanningRules value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.PlannedCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlannedCase> getCases();

	/**
	 * Returns the value of the '<em><b>Inventory</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.InventoryLot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inventory</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Inventory()
	 * @model containment="true"
	 * @generated
	 */
	EList<InventoryLot> getInventory();

	/**
	 * Returns the value of the '<em><b>Emergency</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.EmergencyItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Items of the emergency kit besides the emergency circuits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getMission_Emergency()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmergencyItem> getEmergency();

} // Mission
