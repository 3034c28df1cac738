/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site Console</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Consoles of one model available on site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.SiteConsole#getConsoleModel <em>Console Model</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.SiteConsole#getCount <em>Count</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.SiteConsole#isHandCrank <em>Hand Crank</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getSiteConsole()
 * @model
 * @generated
 */
public interface SiteConsole extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Console Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console or driver model id, for example terumo.system1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Console Model</em>' attribute.
	 * @see #setConsoleModel(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSiteConsole_ConsoleModel()
	 * @model
	 * @generated
	 */
	String getConsoleModel();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SiteConsole#getConsoleModel <em>Console Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Console Model</em>' attribute.
	 * @see #getConsoleModel()
	 * @generated
	 */
	void setConsoleModel(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSiteConsole_Count()
	 * @model default="1"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SiteConsole#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Hand Crank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hand crank for this console is already on site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hand Crank</em>' attribute.
	 * @see #setHandCrank(boolean)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getSiteConsole_HandCrank()
	 * @model
	 * @generated
	 */
	boolean isHandCrank();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.SiteConsole#isHandCrank <em>Hand Crank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hand Crank</em>' attribute.
	 * @see #isHandCrank()
	 * @generated
	 */
	void setHandCrank(boolean value);

} // SiteConsole
