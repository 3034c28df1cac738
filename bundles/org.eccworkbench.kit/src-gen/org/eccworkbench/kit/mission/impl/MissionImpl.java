/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eccworkbench.kit.mission.EmergencyItem;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.mission.PlanningRules;
import org.eccworkbench.kit.mission.SiteConsole;
import org.eccworkbench.kit.mission.TeamMember;
import org.eccworkbench.kit.mission.TransportLimits;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getDeparture <em>Departure</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getReturnDate <em>Return Date</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getTemplateFolder <em>Template Folder</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getConsoles <em>Consoles</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getInventory <em>Inventory</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.MissionImpl#getEmergency <em>Emergency</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MissionImpl extends EObjectImpl implements Mission {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected static final String DESTINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected String destination = DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeparture() <em>Departure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeparture()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEPARTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeparture() <em>Departure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeparture()
	 * @generated
	 * @ordered
	 */
	protected LocalDate departure = DEPARTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnDate() <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RETURN_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnDate() <em>Return Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate returnDate = RETURN_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateFolder() <em>Template Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateFolder() <em>Template Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateFolder()
	 * @generated
	 * @ordered
	 */
	protected String templateFolder = TEMPLATE_FOLDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<TeamMember> team;

	/**
	 * The cached value of the '{@link #getConsoles() <em>Consoles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsoles()
	 * @generated
	 * @ordered
	 */
	protected EList<SiteConsole> consoles;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected TransportLimits transport;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected PlanningRules rules;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<PlannedCase> cases;

	/**
	 * The cached value of the '{@link #getInventory() <em>Inventory</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventory()
	 * @generated
	 * @ordered
	 */
	protected EList<InventoryLot> inventory;

	/**
	 * The cached value of the '{@link #getEmergency() <em>Emergency</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergency()
	 * @generated
	 * @ordered
	 */
	protected EList<EmergencyItem> emergency;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.MISSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(String newDestination) {
		String oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeparture() {
		return departure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeparture(LocalDate newDeparture) {
		LocalDate oldDeparture = departure;
		departure = newDeparture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__DEPARTURE, oldDeparture, departure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReturnDate() {
		return returnDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnDate(LocalDate newReturnDate) {
		LocalDate oldReturnDate = returnDate;
		returnDate = newReturnDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__RETURN_DATE, oldReturnDate, returnDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateFolder() {
		return templateFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateFolder(String newTemplateFolder) {
		String oldTemplateFolder = templateFolder;
		templateFolder = newTemplateFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__TEMPLATE_FOLDER, oldTemplateFolder, templateFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TeamMember> getTeam() {
		if (team == null) {
			team = new EObjectContainmentEList<TeamMember>(TeamMember.class, this, MissionPackage.MISSION__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SiteConsole> getConsoles() {
		if (consoles == null) {
			consoles = new EObjectContainmentEList<SiteConsole>(SiteConsole.class, this, MissionPackage.MISSION__CONSOLES);
		}
		return consoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransportLimits getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTransport(TransportLimits newTransport, NotificationChain msgs) {
		TransportLimits oldTransport = transport;
		transport = newTransport;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__TRANSPORT, oldTransport, newTransport);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(TransportLimits newTransport) {
		if (newTransport != transport) {
			NotificationChain msgs = null;
			if (transport != null)
				msgs = ((InternalEObject)transport).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MissionPackage.MISSION__TRANSPORT, null, msgs);
			if (newTransport != null)
				msgs = ((InternalEObject)newTransport).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MissionPackage.MISSION__TRANSPORT, null, msgs);
			msgs = basicSetTransport(newTransport, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__TRANSPORT, newTransport, newTransport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningRules getRules() {
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRules(PlanningRules newRules, NotificationChain msgs) {
		PlanningRules oldRules = rules;
		rules = newRules;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__RULES, oldRules, newRules);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRules(PlanningRules newRules) {
		if (newRules != rules) {
			NotificationChain msgs = null;
			if (rules != null)
				msgs = ((InternalEObject)rules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MissionPackage.MISSION__RULES, null, msgs);
			if (newRules != null)
				msgs = ((InternalEObject)newRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MissionPackage.MISSION__RULES, null, msgs);
			msgs = basicSetRules(newRules, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.MISSION__RULES, newRules, newRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlannedCase> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<PlannedCase>(PlannedCase.class, this, MissionPackage.MISSION__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InventoryLot> getInventory() {
		if (inventory == null) {
			inventory = new EObjectContainmentEList<InventoryLot>(InventoryLot.class, this, MissionPackage.MISSION__INVENTORY);
		}
		return inventory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmergencyItem> getEmergency() {
		if (emergency == null) {
			emergency = new EObjectContainmentEList<EmergencyItem>(EmergencyItem.class, this, MissionPackage.MISSION__EMERGENCY);
		}
		return emergency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MissionPackage.MISSION__TEAM:
				return ((InternalEList<?>)getTeam()).basicRemove(otherEnd, msgs);
			case MissionPackage.MISSION__CONSOLES:
				return ((InternalEList<?>)getConsoles()).basicRemove(otherEnd, msgs);
			case MissionPackage.MISSION__TRANSPORT:
				return basicSetTransport(null, msgs);
			case MissionPackage.MISSION__RULES:
				return basicSetRules(null, msgs);
			case MissionPackage.MISSION__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case MissionPackage.MISSION__INVENTORY:
				return ((InternalEList<?>)getInventory()).basicRemove(otherEnd, msgs);
			case MissionPackage.MISSION__EMERGENCY:
				return ((InternalEList<?>)getEmergency()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.MISSION__NAME:
				return getName();
			case MissionPackage.MISSION__DESTINATION:
				return getDestination();
			case MissionPackage.MISSION__DEPARTURE:
				return getDeparture();
			case MissionPackage.MISSION__RETURN_DATE:
				return getReturnDate();
			case MissionPackage.MISSION__FORMAT_VERSION:
				return getFormatVersion();
			case MissionPackage.MISSION__TEMPLATE_FOLDER:
				return getTemplateFolder();
			case MissionPackage.MISSION__TEAM:
				return getTeam();
			case MissionPackage.MISSION__CONSOLES:
				return getConsoles();
			case MissionPackage.MISSION__TRANSPORT:
				return getTransport();
			case MissionPackage.MISSION__RULES:
				return getRules();
			case MissionPackage.MISSION__CASES:
				return getCases();
			case MissionPackage.MISSION__INVENTORY:
				return getInventory();
			case MissionPackage.MISSION__EMERGENCY:
				return getEmergency();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MissionPackage.MISSION__NAME:
				setName((String)newValue);
				return;
			case MissionPackage.MISSION__DESTINATION:
				setDestination((String)newValue);
				return;
			case MissionPackage.MISSION__DEPARTURE:
				setDeparture((LocalDate)newValue);
				return;
			case MissionPackage.MISSION__RETURN_DATE:
				setReturnDate((LocalDate)newValue);
				return;
			case MissionPackage.MISSION__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case MissionPackage.MISSION__TEMPLATE_FOLDER:
				setTemplateFolder((String)newValue);
				return;
			case MissionPackage.MISSION__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends TeamMember>)newValue);
				return;
			case MissionPackage.MISSION__CONSOLES:
				getConsoles().clear();
				getConsoles().addAll((Collection<? extends SiteConsole>)newValue);
				return;
			case MissionPackage.MISSION__TRANSPORT:
				setTransport((TransportLimits)newValue);
				return;
			case MissionPackage.MISSION__RULES:
				setRules((PlanningRules)newValue);
				return;
			case MissionPackage.MISSION__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends PlannedCase>)newValue);
				return;
			case MissionPackage.MISSION__INVENTORY:
				getInventory().clear();
				getInventory().addAll((Collection<? extends InventoryLot>)newValue);
				return;
			case MissionPackage.MISSION__EMERGENCY:
				getEmergency().clear();
				getEmergency().addAll((Collection<? extends EmergencyItem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MissionPackage.MISSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MissionPackage.MISSION__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case MissionPackage.MISSION__DEPARTURE:
				setDeparture(DEPARTURE_EDEFAULT);
				return;
			case MissionPackage.MISSION__RETURN_DATE:
				setReturnDate(RETURN_DATE_EDEFAULT);
				return;
			case MissionPackage.MISSION__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case MissionPackage.MISSION__TEMPLATE_FOLDER:
				setTemplateFolder(TEMPLATE_FOLDER_EDEFAULT);
				return;
			case MissionPackage.MISSION__TEAM:
				getTeam().clear();
				return;
			case MissionPackage.MISSION__CONSOLES:
				getConsoles().clear();
				return;
			case MissionPackage.MISSION__TRANSPORT:
				setTransport((TransportLimits)null);
				return;
			case MissionPackage.MISSION__RULES:
				setRules((PlanningRules)null);
				return;
			case MissionPackage.MISSION__CASES:
				getCases().clear();
				return;
			case MissionPackage.MISSION__INVENTORY:
				getInventory().clear();
				return;
			case MissionPackage.MISSION__EMERGENCY:
				getEmergency().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MissionPackage.MISSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MissionPackage.MISSION__DESTINATION:
				return DESTINATION_EDEFAULT == null ? destination != null : !DESTINATION_EDEFAULT.equals(destination);
			case MissionPackage.MISSION__DEPARTURE:
				return DEPARTURE_EDEFAULT == null ? departure != null : !DEPARTURE_EDEFAULT.equals(departure);
			case MissionPackage.MISSION__RETURN_DATE:
				return RETURN_DATE_EDEFAULT == null ? returnDate != null : !RETURN_DATE_EDEFAULT.equals(returnDate);
			case MissionPackage.MISSION__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case MissionPackage.MISSION__TEMPLATE_FOLDER:
				return TEMPLATE_FOLDER_EDEFAULT == null ? templateFolder != null : !TEMPLATE_FOLDER_EDEFAULT.equals(templateFolder);
			case MissionPackage.MISSION__TEAM:
				return team != null && !team.isEmpty();
			case MissionPackage.MISSION__CONSOLES:
				return consoles != null && !consoles.isEmpty();
			case MissionPackage.MISSION__TRANSPORT:
				return transport != null;
			case MissionPackage.MISSION__RULES:
				return rules != null;
			case MissionPackage.MISSION__CASES:
				return cases != null && !cases.isEmpty();
			case MissionPackage.MISSION__INVENTORY:
				return inventory != null && !inventory.isEmpty();
			case MissionPackage.MISSION__EMERGENCY:
				return emergency != null && !emergency.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", destination: ");
		result.append(destination);
		result.append(", departure: ");
		result.append(departure);
		result.append(", returnDate: ");
		result.append(returnDate);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", templateFolder: ");
		result.append(templateFolder);
		result.append(')');
		return result.toString();
	}

} //MissionImpl
