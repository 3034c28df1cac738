/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spare Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Spares for an item or a category: the larger of the minimum and the percentage of the need, rounded up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.SparePolicy#getSelector <em>Selector</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.SparePolicy#getScope <em>Scope</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.SparePolicy#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.SparePolicy#getMinimum <em>Minimum</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getSparePolicy()
 * @model
 * @generated
 */
public interface SparePolicy extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A kit item id, a catalog product id or a kit category id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selector</em>' attribute.
	 * @see #setSelector(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSparePolicy_Selector()
	 * @model
	 * @generated
	 */
	String getSelector();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SparePolicy#getSelector <em>Selector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' attribute.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.kit.mission.SpareScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.eccworkbench.kit.mission.SpareScope
	 * @see #setScope(SpareScope)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSparePolicy_Scope()
	 * @model
	 * @generated
	 */
	SpareScope getScope();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SparePolicy#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.eccworkbench.kit.mission.SpareScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(SpareScope value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSparePolicy_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SparePolicy#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSparePolicy_Minimum()
	 * @model
	 * @generated
	 */
	int getMinimum();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SparePolicy#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(int value);

} // SparePolicy
